package app.distribu.customer.customer;

enum CustomerStatus {

	PENDING, ACTIVE, BLOCKED

}
