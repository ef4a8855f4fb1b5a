; A014577: The regular paper-folding sequence (or dragon curve sequence). Alphabet {1,0}.
; 1,1,0,1,1,0,0,1,1,1,0,0,1,0,0,1,1,1,0,1,1,0,0,0,1,1,0,0,1,0,0,1,1,1,0,1,1,0,0,1,1,1,0,0,1,0,0,0,1,1,0,1,1,0,0,0,1,1,0,0,1,0,0,1,1,1,0,1,1,0,0,1,1,1,0,0,1,0,0,1

add $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,3
mov $3,$0
lpb $3
  dif $3,2
lpe
mov $0,$3
div $0,2
add $0,1
mod $0,2
