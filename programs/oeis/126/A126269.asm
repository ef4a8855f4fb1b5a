; A126269: Numbers k such that hcl(k,k) < hcl(k,k-1) where hcl(k,i) is the Huffman code length; see comments.
; Formula: a(n) = A014681(3*A097110(n-3))-1
; 3,4,9,10,21,22,45,46,93,94,189,190,381,382,765,766,1533,1534,3069,3070,6141,6142,12285,12286,24573,24574,49149,49150

#offset 3

sub $0,3
seq $0,97110
mul $0,3
seq $0,14681
sub $0,1
