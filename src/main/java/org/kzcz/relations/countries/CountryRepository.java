package org.kzcz.relations.countries;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CountryRepository extends Repository<Country, String> {

	/** Finds a country by alpha-2, alpha-3 or numeric code, in any case. */
	@Query("""
			select c from Country c
			where c.code = upper(:code) or c.alpha3 = upper(:code) or c.numericCode = :code
			""")
	Optional<Country> findByAnyCode(String code);

}
