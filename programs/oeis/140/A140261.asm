; A140261: The length of Sapro's necklace at successive years in Werneck's Black Pearl Necklace problem.
; 3,5,7,10,14,21,32,47,71,106,158,237,356,533,800,1199,1799,2698,4046,6069,9104,13655,20483,30724,46085,69128,103691,155537,233305,349957,524935,787402,1181102,1771653,2657480,3986219,5979329,8968993

sub $0,1
sub $0,3
add $0,-1
sub $0,3
add $0,7
sub $3,3
add $0,3
mov $1,$0
lpb $1
  mul $3,3
  sub $1,1
  div $3,2
lpe
mov $0,$3
sub $0,1
div $0,-2
add $0,1
sub $0,2
sub $0,2
add $0,3
