; A056323: Number of reversible string structures with n beads using a maximum of four different colors.
; Formula: a(n) = truncate(lodapow(2,n-1)*(lodamod(n-1,2)+7+lodapow(2,n-1))/12)+1
; 1,1,2,4,11,31,107,379,1451,5611,22187,87979,350891,1400491,5597867,22379179,89500331,357952171,1431743147,5726775979,22906841771,91626580651,366505274027,1466017950379,5864067607211

sub $0,1
mov $1,$0
mod $1,2
mov $2,2
add $1,7
pow $2,$0
add $1,$2
mul $2,$1
mov $0,$2
div $0,12
add $0,1
