; A378497: a(n) is the number whose base-4 digits are 1 followed by the first n-1 terms of the periodic sequence with initial period 2,0,3.
; 1,6,24,99,398,1592,6371,25486,101944,407779,1631118,6524472,26097891,104391566,417566264,1670265059,6681060238,26724240952,106896963811,427587855246,1710351420984,6841405683939,27365622735758,109462490943032,437849963772131

#offset 1

sub $0,1
add $0,1
sub $0,1
add $3,1
add $3,3
lpb $0
  sub $0,1
  add $3,$3
  add $3,1
  add $3,$3
lpe
mov $0,$3
sub $0,3
div $0,3
mul $0,7
add $0,7
sub $0,7
div $0,7
add $0,1
