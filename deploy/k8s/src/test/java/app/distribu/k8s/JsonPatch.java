package app.distribu.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.Yaml;

/** RFC 6902 "add", "replace" and "remove", as Kustomize applies inline patches. */
record JsonPatch(List<Map<String, Object>> operations) {

	@SuppressWarnings("unchecked")
	static JsonPatch parse(String yaml) {
		return new JsonPatch(new Yaml().load(yaml));
	}

	void applyTo(Map<String, Object> resource) {
		for (Map<String, Object> operation : this.operations) {
			String op = (String) operation.get("op");
			List<String> path = pointer((String) operation.get("path"));
			Object parent = resolve(resource, path.subList(0, path.size() - 1), operation);
			String last = path.get(path.size() - 1);
			switch (op) {
				case "add" -> add(parent, last, operation.get("value"));
				case "replace" -> replace(parent, last, operation);
				case "remove" -> remove(parent, last, operation);
				default -> throw new IllegalStateException("Unsupported patch op " + op);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static void add(Object parent, String key, Object value) {
		if (parent instanceof List<?> list) {
			List<Object> items = (List<Object>) list;
			if (key.equals("-")) {
				items.add(value);
			}
			else {
				items.add(Integer.parseInt(key), value);
			}
		}
		else {
			((Map<String, Object>) parent).put(key, value);
		}
	}

	@SuppressWarnings("unchecked")
	private static void replace(Object parent, String key, Map<String, Object> operation) {
		if (parent instanceof List<?> list) {
			((List<Object>) list).set(index(list, key, operation), operation.get("value"));
			return;
		}
		Map<String, Object> map = (Map<String, Object>) parent;
		if (!map.containsKey(key)) {
			throw new IllegalStateException("Nothing to replace at " + operation.get("path"));
		}
		map.put(key, operation.get("value"));
	}

	@SuppressWarnings("unchecked")
	private static void remove(Object parent, String key, Map<String, Object> operation) {
		if (parent instanceof List<?> list) {
			list.remove(index(list, key, operation));
		}
		else if (((Map<String, Object>) parent).remove(key) == null) {
			throw new IllegalStateException("Nothing to remove at " + operation.get("path"));
		}
	}

	@SuppressWarnings("unchecked")
	private static Object resolve(Map<String, Object> resource, List<String> path, Map<String, Object> operation) {
		Object current = resource;
		for (String key : path) {
			current = (current instanceof List<?> list) ? list.get(index(list, key, operation))
					: ((Map<String, Object>) current).get(key);
			if (current == null) {
				throw new IllegalStateException("No " + operation.get("path") + " in the patched resource");
			}
		}
		return current;
	}

	private static int index(List<?> list, String key, Map<String, Object> operation) {
		int index = Integer.parseInt(key);
		if (index >= list.size()) {
			throw new IllegalStateException("No " + operation.get("path") + " in the patched resource");
		}
		return index;
	}

	private static List<String> pointer(String path) {
		List<String> keys = new ArrayList<>();
		for (String key : path.substring(1).split("/", -1)) {
			keys.add(key.replace("~1", "/").replace("~0", "~"));
		}
		return keys;
	}

}
