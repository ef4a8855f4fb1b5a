; A358600: Number of genetic relatives of a person M in a genealogical tree extending back n generations and where everyone has 6 children down to the generation of M.
; Formula: a(n) = truncate(b(n+1)/-2), b(n) = 2*b(n-1)-c(n-1), c(n) = 12*(c(n-1)-1), b(0) = 0, c(0) = 2
; 1,8,82,950,11326,135758,1628782,19544750,234535726,2814426158,33773108782,405277295150,4863327521326,58359930214958,700319162497582,8403829949807150,100845959397358126,1210151512767642158,14521818153210395182,174261817838522120750

add $0,1
mov $1,$0
mov $0,2
lpb $1
  sub $1,1
  mul $2,2
  sub $2,$0
  sub $0,1
  mul $0,12
lpe
mov $0,$2
div $0,-2
