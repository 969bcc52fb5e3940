package org.kzcz.relations.curation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotEmpty;

/**
 * The sources a curated resource's facts rest on, by slug: at least one. Said once for
 * the requests that cite them: Bean Validation applies the composed {@code @NotEmpty},
 * and springdoc reads the bundled {@code @ArraySchema} (and the {@code @NotEmpty}) as it
 * would on the component itself. The slugs' own {@code @NotBlank} stays on the element
 * type.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE, ElementType.CONSTRUCTOR,
		ElementType.PARAMETER, ElementType.TYPE_USE })
@Constraint(validatedBy = {})
@NotEmpty
@JacksonAnnotationsInside
@ArraySchema(
		arraySchema = @Schema(description = "Slugs of the sources stating the facts",
				example = "[\"dyussenbayev-interview-2025\"]"),
		schema = @Schema(example = "dyussenbayev-interview-2025"))
public @interface SourceSlugs {

	String message() default "{jakarta.validation.constraints.NotEmpty.message}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
