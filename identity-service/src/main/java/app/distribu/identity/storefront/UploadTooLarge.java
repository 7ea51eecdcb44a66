package app.distribu.identity.storefront;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.servlet.support.RequestContextUtils;

import app.distribu.platform.web.ImageFormat;

/**
 * A file beyond the multipart limit never reaches the controller; the logo form still
 * answers with the image rule's own words.
 */
@ControllerAdvice
class UploadTooLarge {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	RedirectView tooLarge(HttpServletRequest request) {
		RequestContextUtils.getOutputFlashMap(request).put("problemField", "logo");
		RequestContextUtils.getOutputFlashMap(request).put("problem", ImageFormat.TOO_LARGE);
		return new RedirectView(StorefrontSettingsController.PATH);
	}

}
