package app.distribu.k8s;

import java.util.List;
import java.util.Map;

/**
 * Kustomize's {@code images:} transformer: new name, tag or digest for pod containers.
 */
final class Images {

	private Images() {
	}

	@SuppressWarnings("unchecked")
	static void replace(Map<String, Object> resource, Map<String, Object> image) {
		Map<String, Object> spec = (Map<String, Object>) resource.get("spec");
		Map<String, Object> template = (spec != null) ? (Map<String, Object>) spec.get("template") : null;
		Map<String, Object> pod = (template != null) ? (Map<String, Object>) template.get("spec") : null;
		if (pod == null) {
			return;
		}
		for (String field : List.of("initContainers", "containers")) {
			for (Map<String, Object> container : (List<Map<String, Object>>) pod.getOrDefault(field, List.of())) {
				String current = (String) container.get("image");
				if (name(current).equals(image.get("name"))) {
					container.put("image", replaced(current, image));
				}
			}
		}
	}

	private static String replaced(String current, Map<String, Object> image) {
		String name = (String) image.getOrDefault("newName", name(current));
		if (image.containsKey("digest")) {
			return name + "@" + image.get("digest");
		}
		String tag = (String) image.get("newTag");
		return (tag != null) ? name + ":" + tag : name + current.substring(name(current).length());
	}

	/** The image without its tag or digest. */
	static String name(String image) {
		int digest = image.indexOf('@');
		String withTag = (digest >= 0) ? image.substring(0, digest) : image;
		int colon = withTag.lastIndexOf(':');
		return (colon > withTag.lastIndexOf('/')) ? withTag.substring(0, colon) : withTag;
	}

}
