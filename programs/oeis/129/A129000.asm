; A129000: Start with an integer (in this case, 1). First, add 5 or 8 if the integer is odd or even, respectively. Then divide by 2.
; 1,3,4,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
lpb $0
  sub $0,1
  sub $0,1
lpe
mul $0,3
add $0,124
sub $0,-164
div $0,2
mul $0,5
add $0,30
sub $0,735
add $0,1
sub $0,-9
div $0,5
mul $0,6
div $0,6
add $0,1
