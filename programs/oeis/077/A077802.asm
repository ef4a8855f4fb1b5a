; A077802: Sum of products of parts increased by 1 in hook partitions of n, where hook partitions are of the form h*1^(n-h).
; 1,2,7,18,41,88,183,374,757,1524,3059,6130,12273,24560,49135,98286,196589,393196,786411,1572842,3145705,6291432,12582887,25165798,50331621,100663268,201326563,402653154,805306337,1610612704

sub $1,4
sub $0,1
sub $0,1
add $0,3
sub $0,1
sub $1,4
add $2,$1
lpb $0
  sub $0,1
  sub $2,$1
  add $1,$1
  sub $1,4
lpe
mov $0,$2
sub $0,12
sub $0,-13
div $0,4
add $0,1
add $0,1
