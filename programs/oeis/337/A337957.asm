; A337957: Number of unoriented colorings of the 8 cubic facets of a tesseract or of the 8 vertices of a hyperoctahedron.
; Formula: a(n) = binomial(truncate(lodafac(n,2)/-2),4)
; 1,15,126,715,3060,10626,31465,82251,194580,424270,864501,1663740,3049501,5359095,9078630,14891626,23738715,36890001,56031760,83369265,121747626,174792640,247073751,344291325,473490550,643304376

#offset 1

fac $0,2
div $0,-2
bin $0,4
