; A358599: Number of genetic relatives of a person M in a genealogical tree extending back n generations and where everyone has 5 children down to the generation of M.
; Formula: a(n) = truncate(b(n+1)/-2), b(n) = 2*b(n-1)-c(n-1), c(n) = 10*(c(n-1)-1), b(0) = 0, c(0) = 2
; 1,7,59,563,5571,55587,555619,5555683,55555811,555556067,5555556579,55555557603,555555559651,5555555563747,55555555571939,555555555588323,5555555555621091,55555555555686627,555555555555817699,5555555555556079843,55555555555556604131

add $0,1
mov $1,$0
mov $0,2
lpb $1
  sub $1,1
  mul $2,2
  sub $2,$0
  sub $0,1
  mul $0,10
lpe
mov $0,$2
div $0,-2
