package org.kzcz.relations.sources;

/**
 * What sort of document a source is.
 */
public enum SourceKind {

	INTERVIEW, NEWS, PRESS_RELEASE, REPORT, STATISTICS, OTHER

}
