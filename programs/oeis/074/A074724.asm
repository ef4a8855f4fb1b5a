; A074724: Highest power of 3 dividing F(4n) where F(k) is the k-th Fibonacci number.
; 3,3,9,3,3,9,3,3,27,3,3,9,3,3,9,3,3,27,3,3,9,3,3,9,3,3,81,3,3,9,3,3,9,3,3,27,3,3,9,3,3,9,3,3,27,3,3,9,3,3,9,3,3,81,3,3,9,3,3,9,3,3,27,3,3,9,3,3,9,3,3,27,3,3,9,3,3,9,3,3

#offset 1

sub $0,1
sub $0,1
add $0,2
sub $0,1
sub $0,1
sub $0,1
add $0,3
mov $3,$0
lpb $3
  dif $3,3
lpe
div $0,$3
div $0,2
add $0,1
sub $0,1
mul $0,6
add $0,3
