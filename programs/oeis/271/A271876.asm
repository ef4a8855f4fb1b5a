; A271876: Numbers n such that 3^n is not of the form x^3 + y^3 + z^3 where x, y, z > 0.
; Formula: a(n) = floor((max(n-1-3,0)+n)/2)+(max(n-1-3,0)+n)-1
; 0,2,3,5,8,11,14,17,20

#offset 1

sub $0,1
mov $1,$0
add $0,1
trn $1,3
add $1,$0
mov $0,$1
div $0,2
add $0,$1
sub $0,1
