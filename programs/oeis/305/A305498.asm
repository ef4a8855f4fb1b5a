; A305498: The smallest positive even integer that can be represented with n digits in base 3/2.
; 2,4,6,10,16,24,36,54,82,124,186,280,420,630,946,1420,2130,3196,4794,7192,10788,16182,24274,36412,54618,81928,122892,184338,276508,414762,622144,933216,1399824,2099736,3149604,4724406,7086610,10629916,15944874,23917312

#offset 1

sub $0,1
sub $0,1
sub $0,-1
add $0,1
lpb $0
  sub $0,1
  mov $2,$3
  add $2,$1
  div $1,-2
  sub $3,$1
  add $1,$2
  sub $1,1
lpe
mov $0,$3
sub $0,1
sub $0,-1
mul $0,-1
add $0,1
sub $0,$1
mul $0,4
div $0,4
mul $0,3
add $0,3
sub $0,3
div $0,3
add $0,1
sub $0,3
mul $0,2
add $0,2
