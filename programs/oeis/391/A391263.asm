; A391263: The number of two-component spanning forests of the wheel graph W_{n+1} in which vertices v_1 and v_3 lie in different components.
; 0,8,30,88,240,638,1680,4408,11550,30248,79200,207358,542880,1421288,3720990,9741688,25504080,66770558,174807600,457652248,1198149150,3136795208,8212236480,21499914238,56287506240,147362604488,385800307230,1010038317208,2644314644400

#offset 2

sub $0,2
sub $0,1
sub $0,2
sub $1,1
sub $1,5
add $0,3
lpb $0
  sub $0,1
  add $2,$1
  add $1,$2
  sub $1,2
lpe
mov $0,$1
sub $0,-6
div $0,-2
mul $0,7
div $0,7
mul $0,2
