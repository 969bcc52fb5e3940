/**
 * Meter helpers shared by the metrics of several features.
 */
package org.kzcz.relations.common.metrics;
