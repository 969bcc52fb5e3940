/**
 * HTTP face of the trade analytics: the series, balance and comparison endpoints, in JSON
 * or CSV.
 */
package org.kzcz.relations.trade.web;
