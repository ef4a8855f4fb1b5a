; A274580: Digital difference of n: the most significant decimal digit of n minus the sum of the other digits.
; 1,2,3,4,5,6,7,8,9,1,0,-1,-2,-3,-4,-5,-6,-7,-8,2,1,0,-1,-2,-3,-4,-5,-6,-7,3,2,1,0,-1,-2,-3,-4,-5,-6,4,3,2,1,0,-1,-2,-3,-4,-5,5,4,3,2,1,0,-1,-2,-3,-4,6,5,4,3,2,1,0,-1,-2,-3,7,6,5,4,3,2,1

#offset 1

sub $0,1
add $0,1
lpb $0
  lpb $0
    add $2,1
    sub $0,10
  lpe
  sub $2,$0
  sub $2,$0
lpe
add $0,$2
div $0,-1
mul $0,-8
div $0,8
mul $0,-99
div $0,-99
