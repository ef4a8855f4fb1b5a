; A368476: Decimal expansion of 109/65, being the highest possible win/loss points ratio in a completed 3-set tennis match, with 10-point final tie-break, which the player loses.
; Formula: a(n) = lodamod(truncate(A011557(max(n-4,0)+6)/325)+(n-3==0)+(-5*lodapow(0,n-1)),10)
; 1,6,7,6,9,2,3,0,7,6,9,2,3,0,7,6,9,2,3,0,7,6,9,2,3,0,7,6,9,2,3,0,7,6,9,2,3,0,7,6,9,2,3,0,7,6,9,2,3,0,7,6,9,2,3,0,7,6,9,2,3,0,7,6,9,2,3,0,7,6,9,2,3,0,7,6,9,2,3,0

#offset 1

sub $0,1
pow $1,$0
sub $0,2
mov $2,$0
sub $0,1
max $0,0
add $0,6
seq $0,11557
div $0,325
equ $2,0
add $0,$2
mul $1,-5
add $0,$1
mod $0,10
