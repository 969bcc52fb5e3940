package org.kzcz.relations.drills;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

/**
 * Checks a response against the OpenAPI document with swagger-request-validator: a status
 * the operation does not document, a content type it does not list, or a body that breaks
 * the schema is a violation. Identical responses of one operation are checked once.
 */
final class ContractCheck {

	private static final int CACHE_LIMIT = 200_000;

	private final OpenApiInteractionValidator validator;

	private final Map<String, List<String>> verdicts = new ConcurrentHashMap<>();

	ContractCheck(String document) {
		this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(document).build();
	}

	/** The violations of one response, empty when it keeps to the document. */
	List<String> violations(String operation, String method, String path, int status, String contentType, byte[] body) {
		String key = operation + '|' + status + '|' + contentType + '|' + body.length + '|' + hash(body);
		List<String> cached = this.verdicts.get(key);
		if (cached != null) {
			return cached;
		}
		SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
		if (contentType != null) {
			response.withContentType(contentType);
		}
		if (body.length > 0) {
			response.withBody(body);
		}
		ValidationReport report = this.validator.validateResponse(path, Request.Method.valueOf(method),
				response.build());
		List<String> messages = report.getMessages()
			.stream()
			.filter((message) -> message.getLevel() == ValidationReport.Level.ERROR)
			.map((message) -> message.getKey() + ": " + message.getMessage())
			.toList();
		if (this.verdicts.size() < CACHE_LIMIT) {
			this.verdicts.put(key, messages);
		}
		return messages;
	}

	private static String hash(byte[] body) {
		CRC32 crc = new CRC32();
		crc.update(body);
		return Long.toHexString(crc.getValue()) + Integer.toHexString(Arrays.hashCode(body));
	}

}
