package org.kzcz.relations.sources;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.kzcz.relations.common.DatePrecision;

/**
 * A document facts come from (an interview, a news item, a statistics release), known by
 * a stable slug. Reads go through {@link SourceService}'s SQL; curators' writes load and
 * save the entity (its {@code @Version} guards concurrent edits).
 */
@Entity
@Table(name = "source")
class Source {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String title;

	private String publisher;

	private String author;

	@Column(name = "published_on")
	private LocalDate publishedOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "published_precision")
	private DatePrecision publishedPrecision;

	private String language;

	@Enumerated(EnumType.STRING)
	private SourceKind kind;

	@Column(name = "document_ref")
	private String documentRef;

	private String url;

	private String summary;

	@Version
	private long version;

	@Column(name = "created_at", insertable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", insertable = false)
	private Instant updatedAt;

	protected Source() {
	}

	Source(SourceRequest request) {
		describe(request);
	}

	/** Takes every field from a curator's request, and marks the source changed. */
	void describe(SourceRequest request) {
		this.slug = request.slug();
		this.title = request.title();
		this.publisher = request.publisher();
		this.author = request.author();
		this.publishedOn = request.publishedOn();
		this.publishedPrecision = request.publishedPrecision();
		this.language = request.language();
		this.kind = request.kind();
		this.documentRef = request.documentRef();
		this.url = request.url();
		this.summary = request.summary();
		this.updatedAt = Instant.now();
	}

	Long getId() {
		return this.id;
	}

	String getSlug() {
		return this.slug;
	}

	String getTitle() {
		return this.title;
	}

	String getPublisher() {
		return this.publisher;
	}

	String getAuthor() {
		return this.author;
	}

	LocalDate getPublishedOn() {
		return this.publishedOn;
	}

	DatePrecision getPublishedPrecision() {
		return this.publishedPrecision;
	}

	String getLanguage() {
		return this.language;
	}

	SourceKind getKind() {
		return this.kind;
	}

	String getDocumentRef() {
		return this.documentRef;
	}

	String getUrl() {
		return this.url;
	}

	String getSummary() {
		return this.summary;
	}

	long getVersion() {
		return this.version;
	}

}
