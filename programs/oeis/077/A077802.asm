; A077802: Sum of products of parts increased by 1 in hook partitions of n, where hook partitions are of the form h*1^(n-h).
; 1,2,7,18,41,88,183,374,757,1524,3059,6130,12273,24560,49135,98286,196589,393196,786411,1572842,3145705,6291432,12582887,25165798,50331621,100663268,201326563,402653154,805306337,1610612704

add $0,1
mov $3,$0
sub $0,1
mov $1,$0
sub $2,3
lpb $1
  sub $1,1
  mul $2,2
lpe
mov $0,$2
mul $0,-1
div $0,-1
add $0,-2
add $0,2
sub $0,3
add $0,2
sub $0,2
div $0,2
sub $0,1
mul $0,2
mov $4,$3
add $0,$4
sub $0,-1
div $0,-1
add $0,3
sub $0,9
add $0,1
