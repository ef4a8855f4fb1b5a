; A164991: Number of triangular involutions of n. A triangular involution is a square involution with at most three faces.
; Formula: a(n) = -(lodabin(max(n-2,0),floor(max(n-2,0)/2))-2^max(n-2,0)-2^max(n-2,0))
; 1,1,3,6,13,26,54,108,221,442,898,1796,3634,7268,14668,29336,59101,118202,237834,475668,956198,1912396,3841588,7683176,15425138,30850276,61908564,123817128,248377156,496754312

#offset 1

sub $0,2
max $0,0
mov $1,$0
mov $2,$0
div $2,2
bin $0,$2
mov $3,2
pow $3,$1
sub $0,$3
sub $0,$3
mul $0,-1
