package app.distribu.order.outcome;

/** What became of an order id. */
public enum Outcome {

	/** The order exists; its reservation stays taken. */
	COMMITTED,
	/** No order with this id exists or ever will; its reservation can be given back. */
	ABANDONED

}
