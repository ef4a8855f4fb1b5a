; A168608: Decimal expansion of average of two-digit primes.
; 4,9,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6

#offset 2

sub $0,2
add $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
add $2,1
mov $1,$0
sub $2,5
lpb $1
  sub $1,1
  mul $2,3
lpe
mov $0,$2
div $0,2
mul $0,10
mul $0,7
div $0,3
div $0,-7
mul $0,2
div $0,3
div $0,2
add $0,2
div $0,3
add $0,5
mod $0,10
sub $0,6
mul $0,-4
add $0,12
sub $0,8
div $0,4
add $0,4
