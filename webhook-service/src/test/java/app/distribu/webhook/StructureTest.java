package app.distribu.webhook;

import app.distribu.platform.test.structure.StructureContract;

/** The structure rules of docs/structure.md, on this service's main code. */
class StructureTest implements StructureContract {

	@Override
	public String service() {
		return "webhook";
	}

}
