package org.kzcz.relations.trade.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TradeFigureRepository extends JpaRepository<TradeFigure, Long> {

	List<TradeFigure> findByCountryCodeAndPartnerCodeOrderByPeriodStart(String countryCode, String partnerCode);

}
