; A112355: Triangular numbers that are the sum of three positive triangular numbers.
; 3,10,15,21,28,36,45,55,66,78,91,105,120,136,153,171,190,210,231,253,276,300,325,351,378,406,435,465,496,528,561,595,630,666,703,741,780,820,861,903,946,990,1035,1081,1128,1176,1225,1275,1326

#offset 1

sub $0,1
add $0,1
sub $0,1
mov $4,$0
sub $0,1
max $0,0
sub $0,1
add $0,3
sub $0,1
mov $3,$0
mov $2,$3
add $2,3
mul $0,$2
div $0,-1
add $0,1
sub $0,2
div $0,2
mul $2,2
sub $0,13
sub $2,$0
mov $0,$2
sub $0,15
mov $5,$4
equ $5,0
mul $5,-7
add $0,$5
sub $0,-1
mul $0,2
div $0,2
add $0,1
