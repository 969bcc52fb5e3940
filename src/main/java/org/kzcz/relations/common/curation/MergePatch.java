package org.kzcz.relations.common.curation;

import java.util.List;
import java.util.Map;

import jakarta.validation.Validator;
import org.kzcz.relations.common.problems.ApiProblemHandler;
import org.kzcz.relations.common.problems.ApiProblemHandler.FieldError;
import org.kzcz.relations.common.problems.InvalidBodyException;
import org.kzcz.relations.common.problems.JsonErrors;
import org.kzcz.relations.common.problems.ProblemErrors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * JSON Merge Patch (RFC 7396) over a request record: the resource's current state, as the
 * record a PUT would send, is merged with the patch (a member set to {@code null} clears
 * the field; a list given replaces the whole list), read back into the record with the
 * API's JSON settings (unknown fields are refused) and validated like a PUT body.
 */
@Component
public class MergePatch {

	/** The media type of a merge patch; plain application/json is accepted too. */
	public static final String MEDIA_TYPE = "application/merge-patch+json";

	private final JsonMapper json;

	private final Validator validator;

	MergePatch(JsonMapper json, Validator validator) {
		this.json = json;
		this.validator = validator;
	}

	/**
	 * The record the patch turns the current state into.
	 * @throws InvalidBodyException (400) when the patch is not a JSON object, names an
	 * unknown field, gives a value of the wrong type, or leaves the record invalid
	 */
	public <T> T apply(T current, JsonNode patch, Class<T> type) {
		if (patch == null || !patch.isObject()) {
			throw new InvalidBodyException(
					List.of(new FieldError("body", "must be a JSON object (a JSON merge patch)")));
		}
		JsonNode merged = merge(this.json.valueToTree(current), patch);
		T result;
		try {
			result = this.json.treeToValue(merged, type);
		}
		catch (JacksonException ex) {
			String field = JsonErrors.fieldOf(ex);
			throw new InvalidBodyException(
					List.of(new FieldError((field != null) ? field : "body", JsonErrors.describe(ex))));
		}
		List<FieldError> errors = this.validator.validate(result)
			.stream()
			.map((violation) -> new FieldError(violation.getPropertyPath().toString(), violation.getMessage()))
			.sorted(ProblemErrors.BY_FIELD)
			.toList();
		if (!errors.isEmpty()) {
			throw new InvalidBodyException(errors);
		}
		return result;
	}

	private JsonNode merge(JsonNode target, JsonNode patch) {
		if (!patch.isObject()) {
			return patch;
		}
		ObjectNode result = (target != null && target.isObject()) ? ((ObjectNode) target).deepCopy()
				: this.json.createObjectNode();
		for (Map.Entry<String, JsonNode> member : patch.properties()) {
			if (member.getValue().isNull()) {
				result.remove(member.getKey());
			}
			else {
				result.set(member.getKey(), merge(result.get(member.getKey()), member.getValue()));
			}
		}
		return result;
	}

}
