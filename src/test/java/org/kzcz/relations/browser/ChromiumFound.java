package org.kzcz.relations.browser;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a browser test class, with the reason in the test report, before its Spring
 * context starts, where this machine has no Chromium or no chromedriver.
 */
class ChromiumFound implements ExecutionCondition {

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		return Chromium.missing()
			.map(ConditionEvaluationResult::disabled)
			.orElseGet(() -> ConditionEvaluationResult.enabled("Chromium and chromedriver found"));
	}

}
