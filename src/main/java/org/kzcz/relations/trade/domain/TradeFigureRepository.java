package org.kzcz.relations.trade.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface TradeFigureRepository extends JpaRepository<TradeFigure, Long> {

}
