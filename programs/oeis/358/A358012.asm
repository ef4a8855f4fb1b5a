; A358012: Minimal number of coins needed to pay n cents using coins of denominations 1 and 5 cents.
; 0,1,2,3,4,1,2,3,4,5,2,3,4,5,6,3,4,5,6,7,4,5,6,7,8,5,6,7,8,9,6,7,8,9,10,7,8,9,10,11,8,9,10,11,12,9,10,11,12,13,10,11,12,13,14,11,12,13,14,15,12,13,14,15,16,13,14,15,16,17,14,15,16,17,18,15,16

mov $3,$0
lpb $3
  sub $0,2
  sub $3,1
  sub $0,2
  sub $3,4
lpe
add $0,1
sub $0,1
mul $0,-1
add $0,1
sub $0,1
div $0,-1
