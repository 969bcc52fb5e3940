package org.kzcz.relations.ratelimit;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

/**
 * Counts a refused credential against the caller's address, in the anonymous budget, so
 * API keys cannot be guessed faster than anonymous reads are allowed: once that budget is
 * spent, a wrong key gets 429 instead of 401. Asked by the authentication itself, on any
 * path, since a refused request never reaches {@link RateLimitFilter}.
 */
@Component
public class FailedAuthentications {

	private final ClientBudgets budgets;

	FailedAuthentications(ClientBudgets budgets) {
		this.budgets = budgets;
	}

	/**
	 * Counts one failed authentication.
	 * @param request the refused request
	 * @param response its response, answered 429 when the budget is spent
	 * @return whether the caller may still be told 401; false once the 429 is written
	 * @throws IOException if the 429 cannot be written
	 */
	public boolean admit(HttpServletRequest request, HttpServletResponse response) throws IOException {
		return !this.budgets.enabled() || this.budgets.admitAnonymous(request, response);
	}

}
