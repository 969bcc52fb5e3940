package org.kzcz.relations.trade.domain;

import java.util.List;

import org.springframework.data.repository.Repository;

interface TradeFigureRepository extends Repository<TradeFigure, Long> {

	List<TradeFigure> findByCountryCodeAndPartnerCodeOrderByPeriodStart(String countryCode, String partnerCode);

}
