package org.kzcz.relations.common.problems;

import java.io.IOException;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class ApiProblemHandlerTest {

	private final ApiProblemHandler handler = new ApiProblemHandler(
			new DatabaseUnavailable(new SimpleMeterRegistry(), new FilterProblems(JsonMapper.builder().build())),
			new EditConflictMetrics(new SimpleMeterRegistry()));

	@Test
	void clientsThatWentAwayAreNeitherAnsweredNorLoggedAsErrors(CapturedOutput output) {
		assertThat(this.handler.unexpected(new ClientAbortException(new IOException("Broken pipe")))).isNull();
		assertThat(this.handler.unexpected(new IOException("Connection reset by peer"))).isNull();
		assertThat(this.handler.unexpected(new AsyncRequestNotUsableException("Response not usable"))).isNull();
		assertThat(output.getAll()).doesNotContain("Unexpected error");
	}

	@Test
	void otherFailuresAreStillLoggedAsErrorsAndAnswered500(CapturedOutput output) {
		assertThat(this.handler.unexpected(new IllegalStateException("a bug")).getStatusCode().value()).isEqualTo(500);
		assertThat(output.getAll()).contains("Unexpected error").contains("a bug");
	}

}
