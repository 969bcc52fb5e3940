/**
 * HTTP face of the trade analytics: the series, balance, comparison and flags endpoints,
 * their answers, and the CSV and SVG renderings of them.
 */
package org.kzcz.relations.trade.web;
