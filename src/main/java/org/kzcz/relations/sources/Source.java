package org.kzcz.relations.sources;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.kzcz.relations.common.facts.DatePrecision;
import org.kzcz.relations.curation.CuratedEntity;

/**
 * A document facts come from (an interview, a news item, a statistics release), known by
 * a stable slug. Reads go through {@link SourceService}'s SQL; curators' writes load and
 * save the entity (its {@code @Version} guards concurrent edits).
 */
@Entity
@Table(name = "source")
class Source extends CuratedEntity<SourceRequest> {

	private String title;

	private String publisher;

	private String author;

	private LocalDate publishedOn;

	@Enumerated(EnumType.STRING)
	private DatePrecision publishedPrecision;

	private String language;

	@Enumerated(EnumType.STRING)
	private SourceKind kind;

	private String documentRef;

	private String url;

	private String summary;

	protected Source() {
	}

}
