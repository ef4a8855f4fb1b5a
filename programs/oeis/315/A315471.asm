; A315471: Coordination sequence Gal.3.52.3 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = truncate((16*(n-1)+gcd(truncate((n-1)/2),3))/3)+5
; 1,6,11,16,21,26,32,38,43,48,53,58,64,70,75,80,85,90,96,102,107,112,117,122,128,134,139,144,149,154,160,166,171,176,181,186,192,198,203,208,213,218,224,230,235,240,245,250,256,262

sub $0,1
mov $1,$0
div $1,2
gcd $1,3
mul $0,16
add $0,$1
div $0,3
add $0,5
