package org.kzcz.relations.trade.figures;

import org.springframework.data.jpa.repository.JpaRepository;

interface TradeFigureRepository extends JpaRepository<TradeFigure, Long> {

}
