package org.kzcz.relations.claims;

/**
 * What a claim is about, for filtering.
 */
enum ClaimTopic {

	TRADE, INVESTMENT, BUSINESS, ENERGY, TRANSPORT, TOURISM, EDUCATION, CULTURE, HISTORY, POLITICS, DIPLOMACY,
	ENVIRONMENT, PEOPLE

}
