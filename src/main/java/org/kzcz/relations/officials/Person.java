package org.kzcz.relations.officials;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.kzcz.relations.common.facts.DatePrecision;
import org.kzcz.relations.common.curation.References.Kind;
import org.kzcz.relations.curation.CuratedEntity;
import org.kzcz.relations.curation.Reference;

/**
 * A person who holds or held a post in the relationship, known by a stable slug. Reads go
 * through {@link OfficialService}'s SQL; curators' writes load and save the entity (its
 * {@code @Version} guards concurrent edits) with the sources it cites. Its posts have
 * versions of their own and are written one by one.
 */
@Entity
@Table(name = "person")
class Person extends CuratedEntity<OfficialRequest> {

	private String fullName;

	private String honorific;

	private LocalDate bornOn;

	@Enumerated(EnumType.STRING)
	private DatePrecision bornPrecision;

	@Column(name = "country_code", columnDefinition = "bpchar(2)")
	private String country;

	private String biography;

	/**
	 * The sources cited, by id: a new list replaces the stored rows in one delete and one
	 * batched insert; deleting the person leaves them to the schema's cascade.
	 */
	@ElementCollection
	@CollectionTable(name = "person_source", joinColumns = @JoinColumn(name = "person_id"))
	@Column(name = "source_id")
	@OnDelete(action = OnDeleteAction.CASCADE)
	@Reference(Kind.SOURCE)
	private List<Long> sources = new ArrayList<>();

	protected Person() {
	}

}
