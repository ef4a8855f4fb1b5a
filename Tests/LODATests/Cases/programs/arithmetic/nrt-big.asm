; case: nrt big
; from: written here
; expect: 193069772888325
mov $0,10
pow $0,100
nrt $0,7
