/**
 * Cooperation projects: who leads them and takes part, their milestones and measurable
 * targets with progress, and the agreements and meetings behind them.
 */
package org.kzcz.relations.projects;
