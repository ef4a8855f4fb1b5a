; A337899: Number of chiral pairs of colorings of the edges of a regular tetrahedron using n or fewer colors.
; Formula: a(n) = floor(binomial(n*n,3)/4)
; 0,1,21,140,575,1785,4606,10416,21330,40425,71995,121836,197561,308945,468300,690880,995316,1404081,1943985,2646700,3549315,4694921,6133226,7921200,10123750,12814425,16076151,20001996

#offset 1

mul $0,$0
bin $0,3
div $0,4
