package org.kzcz.relations.common.problems;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.kzcz.relations.common.guards.UnstorableText;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * The one place errors become RFC 9457 problem bodies: a stable {@code type}, a short
 * {@code title}, the {@code status}, a useful {@code detail}, and for bad input the
 * offending parameters in {@code errors}. Unexpected exceptions are logged and answered
 * without their message.
 */
@RestControllerAdvice
public class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private static final Log log = LogFactory.getLog(ApiProblemHandler.class);

	/**
	 * A client that went away mid-answer (an aborted download, a broken pipe) is no error
	 * of ours: logged at debug in a category of its own, never answered.
	 */
	private static final DisconnectedClientHelper disconnectedClients = new DisconnectedClientHelper(
			ApiProblemHandler.class.getName() + ".DisconnectedClient");

	private final DatabaseUnavailable databaseUnavailable;

	private final EditConflictMetrics editConflicts;

	ApiProblemHandler(DatabaseUnavailable databaseUnavailable, EditConflictMetrics editConflicts) {
		this.databaseUnavailable = databaseUnavailable;
		this.editConflicts = editConflicts;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		if (ex.getRequiredType() == String.class) {
			// Text fails only for what ParameterEditors refuses.
			String problem = UnstorableText.problem(String.valueOf(ex.getValue()));
			return invalid(ex.getName(), (problem != null) ? problem : "is not valid text");
		}
		String expected = (ex.getRequiredType() != null) ? describe(ex.getRequiredType()) : "a valid value";
		return invalid(ex.getName(), "'" + ex.getValue() + "' is not " + expected);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail constraintViolation(ConstraintViolationException ex) {
		List<FieldError> errors = ex.getConstraintViolations()
			.stream()
			.map((violation) -> new FieldError(lastNode(violation.getPropertyPath().toString()),
					violation.getMessage()))
			.toList();
		return invalid(errors);
	}

	/**
	 * Method security's refusals go back to Spring Security's exception translation,
	 * which answers 401 to an anonymous caller and 403 to a known one, as the URL rules
	 * do.
	 */
	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void accessRule(RuntimeException ex) {
		throw ex;
	}

	/** A lost race at commit: the version moved between our read and our write. */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail lostEditRace(OptimisticLockingFailureException ex) {
		this.editConflicts.lost(ex);
		return new PreconditionFailedException(
				"The resource was changed by someone else meanwhile; read it again and reapply your change.")
			.getBody();
	}

	/** Our own exceptions carry their problem body; a stale If-Match is also counted. */
	@Override
	protected ResponseEntity<Object> handleErrorResponseException(ErrorResponseException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (ex instanceof PreconditionFailedException) {
			this.editConflicts.lost(ex);
		}
		return super.handleErrorResponseException(ex, headers, status, request);
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail dataIntegrity(DataIntegrityViolationException ex) {
		// The schema's constraints are the last line of defence; name the constraint,
		// never the SQL.
		String constraint = ConstraintNames.of(ex);
		if (ConstraintNames.isUnstorableText(ex)) {
			// The edge refuses NUL in parameters and bodies already; this is the
			// backstop.
			return problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_BODY, "Invalid input",
					"A text value contains a character that cannot be stored (NUL).");
		}
		if (ConstraintNames.isUniqueViolation(ex)) {
			return problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Conflict",
					"A record with the same natural key already exists" + describe(constraint));
		}
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.UNPROCESSABLE, "Rule violated",
				"The change breaks a data rule" + describe(constraint));
	}

	@ExceptionHandler(PayloadTooLargeException.class)
	ProblemDetail payloadTooLarge(PayloadTooLargeException ex) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE, "Request body too large",
				ex.getMessage());
	}

	@ExceptionHandler({ CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class,
			DataAccessResourceFailureException.class })
	ResponseEntity<ProblemDetail> databaseUnavailable(Exception ex) {
		this.databaseUnavailable.counted();
		log.warn("Database unavailable: " + ex.getMessage());
		ProblemDetail body = problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE,
				"Service unavailable", "The database is not reachable at the moment; retry shortly.");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
			.body(body);
	}

	@ExceptionHandler(QueryTimeoutException.class)
	ProblemDetail queryTimeout(QueryTimeoutException ex) {
		return problem(HttpStatus.GATEWAY_TIMEOUT, ProblemTypes.SERVICE_UNAVAILABLE, "Query timed out",
				"The query took longer than the configured limit.");
	}

	/**
	 * The firewall checks header values and parameter names when they are first read,
	 * inside the handler: a tab in a header or a form field named like JSON is the
	 * client's mistake, not ours.
	 */
	@ExceptionHandler(RequestRejectedException.class)
	ProblemDetail requestRejected(RequestRejectedException ex) {
		return problem(HttpStatus.BAD_REQUEST, ProblemTypes.BAD_REQUEST, "Bad request",
				"A header or parameter contains characters that are not allowed.");
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		if (disconnectedClients.checkAndLogClientDisconnectedException(ex)) {
			return null;
		}
		if (DatabaseFailures.isConnectionLoss(ex)) {
			// The database went away mid-request (a rollback or commit on a dead
			// connection, say).
			return databaseUnavailable(ex);
		}
		log.error("Unexpected error", ex);
		return ResponseEntity.internalServerError()
			.body(problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL_ERROR, "Internal error",
					"Something went wrong on our side."));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> new FieldError(error.getField(), error.getDefaultMessage()))
			.sorted(ProblemErrors.BY_FIELD)
			.toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_BODY, "Invalid request body",
				ProblemErrors.summary(errors));
		return ResponseEntity.badRequest().body(ProblemErrors.attach(problem, errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		PayloadTooLargeException tooLarge = findCause(ex, PayloadTooLargeException.class);
		if (tooLarge != null) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(payloadTooLarge(tooLarge));
		}
		String field = JsonErrors.fieldOf(ex);
		String message = JsonErrors.describe(ex);
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_BODY, "Invalid request body",
				(field != null) ? field + ": " + message : message);
		if (field != null) {
			problem.setProperty("errors", List.of(new FieldError(field, message)));
		}
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(invalid(ex.getParameterName(), "is required"));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> new FieldError(result.getMethodParameter().getParameterName(),
						error.getDefaultMessage())))
			.toList();
		return ResponseEntity.badRequest().body(invalid(errors));
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return answer(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found",
				"No endpoint at " + ex.getResourcePath(), HttpHeaders.EMPTY);
	}

	@Override
	protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return answer(HttpStatus.METHOD_NOT_ALLOWED, ProblemTypes.METHOD_NOT_ALLOWED, "Method not allowed",
				"Method " + ex.getMethod() + " is not supported here", headers);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return answer(HttpStatus.NOT_ACCEPTABLE, ProblemTypes.NOT_ACCEPTABLE, "Not acceptable",
				"Supported media types: " + ex.getSupportedMediaTypes(), HttpHeaders.EMPTY);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
				"Send application/json", headers);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		// Everything else Spring MVC raises for a client's mistake: keep Spring's status
		// and title, but never
		// its exception message (it can name classes).
		ProblemDetail problem = (body instanceof ProblemDetail detail) ? detail
				: (ex instanceof ErrorResponse response) ? response.getBody() : ProblemDetail.forStatus(statusCode);
		if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
			problem.setType(URI.create("/problems/http-" + statusCode.value()));
		}
		if (statusCode.is5xxServerError()) {
			problem.setDetail(null);
		}
		return super.handleExceptionInternal(ex, problem, headers, statusCode, request);
	}

	/**
	 * A problem answer, with the headers Spring prepared (Allow, Accept) where it did.
	 */
	private static ResponseEntity<Object> answer(HttpStatus status, URI type, String title, String detail,
			HttpHeaders headers) {
		return ResponseEntity.status(status).headers(headers).body(problem(status, type, title, detail));
	}

	static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type);
		problem.setTitle(title);
		return problem;
	}

	private static ProblemDetail invalid(String parameter, String message) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_PARAMETER, "Invalid parameter",
				"Parameter '" + parameter + "' " + message);
		problem.setProperty("errors", List.of(new FieldError(parameter, message)));
		return problem;
	}

	private static ProblemDetail invalid(List<FieldError> errors) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_PARAMETER, "Invalid parameter",
				ProblemErrors.summary(errors));
		return ProblemErrors.attach(problem, errors);
	}

	private static String describe(String constraint) {
		return (constraint != null) ? " (" + constraint + ")." : ".";
	}

	private static <T extends Throwable> T findCause(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	private static String describe(Class<?> type) {
		if (type.isEnum()) {
			return "one of " + List.of(type.getEnumConstants());
		}
		Map<String, String> names = Map.of("LocalDate", "a date (YYYY-MM-DD)", "Integer", "an integer", "int",
				"an integer", "Long", "an integer", "long", "an integer", "Year", "a year (YYYY)");
		return names.getOrDefault(type.getSimpleName(), "a valid " + type.getSimpleName());
	}

	private static String lastNode(String path) {
		int dot = path.lastIndexOf('.');
		return (dot >= 0) ? path.substring(dot + 1) : path;
	}

	/** One invalid parameter or field, named as the client sent it. */
	public record FieldError(String name, String message) {
	}

}
