/**
 * The stored trade figures one by one, as their sources state them, and the curators'
 * writes of them through the curation template: entity, repository, reads, rules, request
 * and response, controller.
 */
package org.kzcz.relations.trade.figures;
