package org.scrutineer.publishing;

import java.io.IOException;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * Gives every link annotation the Contents text that PDF/UA requires, from the description its
 * Link structure element already carries (the renderer writes that one, not the annotation's).
 */
final class LinkContents {

    private LinkContents() {
    }

    static void fill(PDDocument document) throws IOException {
        PDStructureTreeRoot structure = document.getDocumentCatalog().getStructureTreeRoot();
        PDNumberTreeNode parents = structure == null ? null : structure.getParentTree();
        for (PDPage page : document.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && (link.getContents() == null || link.getContents().isBlank())) {
                    link.setContents(description(link, parents));
                }
            }
        }
    }

    private static String description(PDAnnotationLink link, PDNumberTreeNode parents) throws IOException {
        if (parents != null && link.getStructParent() >= 0) {
            Object parent = parents.getValue(link.getStructParent());
            COSBase element = parent instanceof COSObjectable structure ? structure.getCOSObject() : null;
            if (element instanceof COSObject reference) {
                element = reference.getObject();
            }
            if (element instanceof COSDictionary dictionary) {
                String alternate = dictionary.getString(COSName.ALT);
                if (alternate != null && !alternate.isBlank()) {
                    return alternate;
                }
            }
        }
        return link.getAction() instanceof PDActionURI uri && uri.getURI() != null ? "Link to " + uri.getURI() : "Link";
    }
}
