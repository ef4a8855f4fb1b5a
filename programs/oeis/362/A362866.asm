; A362866: Numbers k with the property that the parts of the symmetric representation of sigma(k) are two octagons.
; Formula: a(n) = 2*b(n+2), b(n) = A151800(b(n-1)), b(0) = 0
; 10,14,22,26,34,38,46,58,62,74,82,86,94,106,118,122,134,142,146,158,166,178,194,202,206,214,218,226,254,262,274,278,298,302,314,326,334,346,358,362,382,386,394,398,422,446,454,458,466,478,482,502,514,526

#offset 1

add $0,2
lpb $0
  seq $1,151800
  sub $0,1
lpe
mov $0,$1
mul $0,2
